package io.sitrep.pipeline;

/** The pipeline cannot be assembled as asked (a stage's need is not met). */
public class PipelineException extends RuntimeException {
    public PipelineException(String message) {
        super(message);
    }
}
