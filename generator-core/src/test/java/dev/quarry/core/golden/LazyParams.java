package dev.quarry.core.golden;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

/**
 * Parameter sets made only as a batch method reads them, for tests of methods that take an
 * {@code Iterable}: just before making set {@code probeAt} (0-based) it calls {@code probe}, so a
 * test sees what the method had done with the sets before that one; and it counts its iterators,
 * to show the sets are read once.
 */
final class LazyParams implements Iterable<Object> {
    private final int count;
    private final IntFunction<Object> make;
    private final int probeAt;
    private final Callable<?> probe;
    private Object probed;
    private int iterators;

    LazyParams(int count, IntFunction<Object> make, int probeAt, Callable<?> probe) {
        this.count = count;
        this.make = make;
        this.probeAt = probeAt;
        this.probe = probe;
    }

    /** What {@code probe} returned, or null when the method never read set {@code probeAt}. */
    Object probed() {
        return probed;
    }

    int iterators() {
        return iterators;
    }

    @Override
    public Iterator<Object> iterator() {
        iterators++;
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Object next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                if (next == probeAt) {
                    try {
                        probed = probe.call();
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }
                return make.apply(next++);
            }
        };
    }
}
