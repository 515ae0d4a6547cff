package io.modelgate.adapters.rest.console;

/** A refusal on a console page, shown as HTML instead of problem+json (see {@link ConsoleProblemWriter}). */
public record ConsoleProblem(int status, String title, String detail) {
}
