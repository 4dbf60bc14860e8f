/** The HTTP server: REST API under /api and the web UI under /. */
package io.sitrep.serve;
