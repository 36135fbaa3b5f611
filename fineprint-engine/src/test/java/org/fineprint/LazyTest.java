package org.fineprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

    @Test
    void makesTheValueOnceEvenWhenManyThreadsAskAtOnce() throws Exception {
        AtomicInteger made = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            made.incrementAndGet();
            return "model";
        });
        assertThat(made).hasValue(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> got = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                got.add(pool.submit(lazy::get));
            }
            for (Future<String> f : got) {
                assertThat(f.get()).isEqualTo("model");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(made).hasValue(1);
    }

    @Test
    void triesAgainAfterAFailure() {
        AtomicInteger calls = new AtomicInteger();
        Lazy<String> lazy = Lazy.of(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("model file missing");
            }
            return "model";
        });

        assertThatThrownBy(lazy::get).hasMessage("model file missing");
        assertThat(lazy.get()).isEqualTo("model");
        assertThat(lazy.get()).isEqualTo("model");
        assertThat(calls).hasValue(2);
    }
}
