package io.sitrep.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises lines that scrapers leave around an article and that are not part of it: navigation
 * ("Breadcrumb", "Skip to content"), sharing and subscription prompts, advertisement markers, bylines,
 * photo credits and captions, "Read more" links.
 */
public final class Boilerplate {
    private static final Set<String> EXACT = Set.of(
            "breadcrumb", "breadcrumbs", "share", "share this", "share this article", "share this story",
            "share on facebook", "share on twitter", "share on x", "share via email", "tweet", "email", "print",
            "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "read more", "read more:",
            "see more", "more", "related", "related articles", "related stories", "related content", "recommended",
            "skip to content", "skip to main content", "skip navigation", "menu", "search", "home", "close",
            "subscribe", "subscribe now", "sign up", "sign in", "log in", "newsletter", "comments", "show comments",
            "listen to this article", "copy link", "link copied", "copied", "follow us", "top stories",
            "most read", "most popular", "trending", "watch", "video", "image", "photo", "getty images",
            "continue reading", "story continues below advertisement", "article continues below",
            "scroll to continue with content", "loading...", "loading");

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^([Bb]y|[Ww]ords by|[Rr]eporting by|[Ww]ritten by)\\s+[\\p{Lu}][\\p{L}.'’-]+(\\s+[\\p{Lu}][\\p{L}.'’-]+){0,3}"
                    + "(\\s*(,|and|&)\\s*[\\p{Lu}][\\p{L}.'’-]+(\\s+[\\p{Lu}][\\p{L}.'’-]+){0,3})*\\s*(,.*)?$"),
            Pattern.compile("^(photo|image|picture|video|caption|image caption|photograph|illustration|file photo)"
                    + "\\s*(credit)?\\s*[:|/-].{0,200}$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\(?(photo|image|picture)[^)]{0,80}(getty|reuters|afp|ap|epa|anadolu|shutterstock)[^)]{0,40}\\)?$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(read more|read also|also read|see also|related|more on this story|more from)\\s*[:|»>-].{0,200}$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(published|updated|last updated|posted)\\s*(on|:)?\\s*\\d.{0,60}$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(copyright|©|\\(c\\))\\s.{0,150}$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(share|follow)( (on|us on))? (facebook|twitter|x|whatsapp|telegram|linkedin|email)([,| ]+"
                    + "(facebook|twitter|x|whatsapp|telegram|linkedin|email))*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\d+\\s+(min|minute|minutes)\\s+read$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(advertisement|ad)\\s*[-–—:]?\\s*(scroll|continue).{0,60}$", Pattern.CASE_INSENSITIVE));

    private Boilerplate() {
    }

    public static boolean isBoilerplate(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        if (EXACT.contains(lower)) {
            return true;
        }
        if (t.length() > 260) {
            return false;
        }
        for (Pattern p : PATTERNS) {
            if (p.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }
}
