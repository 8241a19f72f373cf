package org.samparksetu.console.cell;

/** What became of a form's action: done (its notice and the complaint it was about) or the problem to show. */
public record ActionResult(String done, String ref, Said problem) {
    public static ActionResult done(String done, String ref) {
        return new ActionResult(done, ref == null ? "" : ref, null);
    }

    public static ActionResult problem(Said problem) {
        return new ActionResult(null, null, problem);
    }
}
