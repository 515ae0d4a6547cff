package io.modelgate.domain.approval;

import io.modelgate.domain.shared.Require;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One step in a usage request's life, in the order it happened.
 *
 * @param actor  who did it: a subject, or {@link #SYSTEM} for the automatic evaluation's outcome
 * @param action one of the constants below
 * @param from   the state before; empty only for {@link #DRAFTED}
 * @param note   what happened, for people (clipped to {@value #MAX_NOTE_LENGTH} characters)
 */
public record HistoryEntry(Instant at, String actor, String action, Optional<RequestState> from, RequestState to,
                           String note) {

    /** The actor of the steps the automatic evaluation takes. Not a valid OIDC subject of a person by convention. */
    public static final String SYSTEM = "system:evaluation";

    /** The requester created the draft. */
    public static final String DRAFTED = "DRAFTED";
    /** The requester changed the draft's model, deployment or use case. */
    public static final String EDITED = "EDITED";
    /** The requester submitted the draft (DRAFT → SUBMITTED). */
    public static final String SUBMITTED = "SUBMITTED";
    /** The evaluation found a blocker (SUBMITTED → REJECTED); the note lists the blockers. */
    public static final String AUTO_REJECTED = "AUTO_REJECTED";
    /** The evaluation required no review (SUBMITTED → APPROVED). */
    public static final String AUTO_APPROVED = "AUTO_APPROVED";
    /** The evaluation required reviews (SUBMITTED → IN_REVIEW); the note names them. */
    public static final String SENT_TO_REVIEW = "SENT_TO_REVIEW";
    /** A reviewer decided one review kind (IN_REVIEW → IN_REVIEW, APPROVED or REJECTED). */
    public static final String REVIEWED = "REVIEWED";
    /** The requester withdrew the request. */
    public static final String WITHDRAWN = "WITHDRAWN";

    public static final int MAX_NOTE_LENGTH = 10_000;
    private static final Pattern ACTION = Pattern.compile("[A-Z][A-Z_]*");

    public HistoryEntry {
        Require.present(at, "history.at");
        actor = Require.text(actor, "history.actor", UsageRequest.MAX_SUBJECT_LENGTH);
        action = Require.text(action, "history.action", 40);
        Require.that(ACTION.matcher(action).matches(), "history.action",
                "must be upper-case words joined by '_' (was '" + action + "')");
        Require.present(from, "history.from");
        Require.present(to, "history.to");
        note = Require.text(note, "history.note", MAX_NOTE_LENGTH);
    }

    /** Cuts a long note to the allowed length, marking the cut. */
    static String clip(String note) {
        return note.length() <= MAX_NOTE_LENGTH ? note : note.substring(0, MAX_NOTE_LENGTH - 1) + "…";
    }
}
