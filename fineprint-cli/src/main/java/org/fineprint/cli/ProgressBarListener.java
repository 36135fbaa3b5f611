package org.fineprint.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.fineprint.server.analysis.Reanalysis;
import org.fineprint.server.analysis.ReanalysisListener;
import org.fineprint.server.registry.ImportListener;
import org.fineprint.server.registry.ImportedDocument;
import org.jspecify.annotations.Nullable;

/** Draws a progress bar on stderr while documents are imported, tracked or loaded, or services analysed. */
final class ProgressBarListener implements ImportListener, ReanalysisListener, AutoCloseable {
    private final String task;
    private final String unit;
    private final PrintStream out;
    private @Nullable ProgressBar bar;

    ProgressBarListener(String task, PrintStream out) {
        this(task, " docs", out);
    }

    /**
     * @param task the bar's title
     * @param unit what it counts, with a leading space (" docs", " services")
     * @param out where to draw it
     */
    ProgressBarListener(String task, String unit, PrintStream out) {
        this.task = task;
        this.unit = unit;
        this.out = out;
    }

    @Override
    public synchronized void started(int count) {
        close();
        if (count == 0) {
            return; // nothing to show
        }
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(count)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(unit, 1)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .build();
    }

    @Override
    public synchronized void documentDone(ImportedDocument document) {
        step(document.service());
    }

    @Override
    public synchronized void serviceDone(String slug, Reanalysis result) {
        step(slug);
    }

    private void step(String name) {
        ProgressBar current = bar;
        if (current == null) {
            return;
        }
        current.setExtraMessage(name);
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
