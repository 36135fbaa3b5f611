package org.fineprint.analyze.llm;

/**
 * One chat message sent to the model.
 *
 * @param role {@code system}, {@code user} or {@code assistant}
 * @param content the text
 */
record Message(String role, String content) {
    static Message system(String content) {
        return new Message("system", content);
    }

    static Message user(String content) {
        return new Message("user", content);
    }

    static Message assistant(String content) {
        return new Message("assistant", content);
    }
}
