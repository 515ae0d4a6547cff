package io.modelgate.adapters.llm;

/**
 * A provider answered something that is not its documented format. The message is ModelGate's own
 * short description (for example "no choices"), never a piece of the body.
 */
final class MalformedAnswer extends RuntimeException {

    MalformedAnswer(String what) {
        super(what, null, false, false);
    }
}
