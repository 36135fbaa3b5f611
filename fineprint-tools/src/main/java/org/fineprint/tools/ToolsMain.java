package org.fineprint.tools;

/** Entry point of the training, evaluation and benchmark commands. */
public final class ToolsMain {
    private ToolsMain() {
    }

    public static void main(String[] args) {
        System.err.println("fineprint tools: no command yet");
        System.exit(2);
    }
}
