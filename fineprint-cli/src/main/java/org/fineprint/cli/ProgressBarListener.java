package org.fineprint.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.fineprint.server.registry.ImportListener;
import org.fineprint.server.registry.ImportedDocument;
import org.jspecify.annotations.Nullable;

/** Draws a progress bar on stderr while documents are imported, tracked or loaded. */
final class ProgressBarListener implements ImportListener, AutoCloseable {
    private final String task;
    private final PrintStream out;
    private @Nullable ProgressBar bar;

    ProgressBarListener(String task, PrintStream out) {
        this.task = task;
        this.out = out;
    }

    @Override
    public synchronized void started(int documents) {
        close();
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(documents)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" docs", 1)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
    }

    @Override
    public synchronized void documentDone(ImportedDocument document) {
        ProgressBar current = bar;
        if (current == null) {
            return;
        }
        current.setExtraMessage(document.service());
        current.step();
        if (current.getCurrent() >= current.getMax()) {
            close(); // finish the line before anything else is printed
        }
    }

    @Override
    public synchronized void close() {
        ProgressBar current = bar;
        if (current != null) {
            current.close();
            bar = null;
        }
    }
}
