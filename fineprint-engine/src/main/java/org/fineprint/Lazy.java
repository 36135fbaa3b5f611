package org.fineprint;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value made on first use and kept, such as a model loaded once per process. A failed attempt
 * keeps nothing, so the next call tries again and reports its own error. Thread-safe: the value is
 * made at most once.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> make;
    private volatile @Nullable T value;

    private Lazy(Supplier<T> make) {
        this.make = make;
    }

    /**
     * @param make makes the value; called at most once successfully
     * @param <T> the value's type
     * @return a lazy value
     */
    public static <T> Lazy<T> of(Supplier<T> make) {
        return new Lazy<>(make);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = make.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
