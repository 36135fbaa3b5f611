package org.fineprint.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Collects a 2xx body, cancelling the exchange as soon as it passes the cap or the deadline.
 * Bodies of other statuses are read and dropped (up to the cap, then the exchange is cut).
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {
    /** Raised inside the client when a body passes the cap. */
    static final class TooLarge extends IOException {
        final int status;
        final long bytes;
        final long limit;
        final boolean announced;

        TooLarge(int status, long bytes, long limit, boolean announced) {
            super("body too large: " + bytes + " bytes");
            this.status = status;
            this.bytes = bytes;
            this.limit = limit;
            this.announced = announced;
        }
    }

    /** Raised inside the client when the body is still arriving at the deadline. */
    static final class TooSlow extends IOException {
        final int status;

        TooSlow(int status) {
            super("body not complete before the deadline");
            this.status = status;
        }
    }

    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fineprint-fetch-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final int status;
    private final boolean keep;
    private final long maxBytes;
    private final long announced;
    private final long deadlineNanos;
    private long received;
    private Flow.@Nullable Subscription subscription;
    private @Nullable ScheduledFuture<?> timer;

    CappedBodySubscriber(HttpResponse.ResponseInfo info, long maxBytes, long deadlineNanos) {
        this.status = info.statusCode();
        this.keep = status / 100 == 2;
        this.maxBytes = maxBytes;
        this.announced = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public synchronized void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (keep && announced > maxBytes) {
            finish(new TooLarge(status, announced, maxBytes, true));
            return;
        }
        long remaining = deadlineNanos - System.nanoTime();
        if (remaining <= 0) {
            finish(new TooSlow(status));
            return;
        }
        timer = DEADLINES.schedule(this::expire, remaining, TimeUnit.NANOSECONDS);
        s.request(Long.MAX_VALUE);
    }

    @Override
    public synchronized void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (result.isDone()) {
                return;
            }
            received += buffer.remaining();
            if (received > maxBytes) {
                finish(keep ? new TooLarge(status, received, maxBytes, false) : null);
                return;
            }
            if (keep) {
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                out.writeBytes(chunk);
            }
        }
    }

    @Override
    public synchronized void onError(Throwable throwable) {
        stopTimer();
        result.completeExceptionally(throwable);
    }

    @Override
    public synchronized void onComplete() {
        stopTimer();
        result.complete(out.toByteArray());
    }

    private synchronized void expire() {
        finish(new TooSlow(status));
    }

    /** Cuts the exchange short: with an error, or (null) with an empty body. */
    private void finish(@Nullable IOException error) {
        if (result.isDone()) {
            return;
        }
        stopTimer();
        if (subscription != null) {
            subscription.cancel();
        }
        if (error == null) {
            result.complete(new byte[0]);
        } else {
            result.completeExceptionally(error);
        }
    }

    private void stopTimer() {
        if (timer != null) {
            timer.cancel(false);
        }
    }
}
