package io.straceflow.kafka;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The headers of one Kafka record on its way through camel-kafka ({@link RecordMessage}): a handful of names, kept in
 * two small arrays and found by a linear search. A record carries six headers (camel-kafka's topic and key, the four
 * {@code straceflow.*} ones), and up to 20 000 records wait for their acknowledgement at once: a {@code HashMap} (its
 * table and a node per header) was most of what a record cost in the heap, and its puts a tenth of the sending
 * thread's time (bench/shipper.sh, JFR). Names are compared exactly (camel-kafka's constants and ours, always spelled
 * the same); null names are not allowed. Not thread-safe, like the map it replaces.
 */
final class FewHeaders extends AbstractMap<String, Object> {
    private String[] names = new String[8];
    // each name's hash (a String keeps its own): a search compares ints and only a match by String.equals
    private int[] hashes = new int[8];
    private Object[] values = new Object[8];
    private int size;

    private int indexOf(Object name) {
        if (name == null) {
            return -1;
        }
        int hash = name.hashCode();
        for (int i = 0; i < size; i++) {
            if (hashes[i] == hash && names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public Object put(String name, Object value) {
        if (name == null) {
            throw new NullPointerException("a header needs a name");
        }
        int i = indexOf(name);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            hashes = Arrays.copyOf(hashes, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        hashes[size] = name.hashCode();
        values[size++] = value;
        return null;
    }

    @Override
    public Object remove(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : removeAt(i);
    }

    private Object removeAt(int i) {
        Object old = values[i];
        int after = size - i - 1;
        System.arraycopy(names, i + 1, names, i, after);
        System.arraycopy(hashes, i + 1, hashes, i, after);
        System.arraycopy(values, i + 1, values, i, after);
        size--;
        names[size] = null;
        values[size] = null;
        return old;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(names, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    /** An entry that writes through to its slot (equals and hashCode as Map.Entry says). */
    private final class Slot extends SimpleEntry<String, Object> {
        private static final long serialVersionUID = 1L;
        private final int index;

        Slot(int index) {
            super(names[index], values[index]);
            this.index = index;
        }

        @Override
        public Object setValue(Object value) {
            values[index] = value;
            return super.setValue(value);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private boolean removable;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        removable = true;
                        int i = next++;
                        return new Slot(i);
                    }

                    @Override
                    public void remove() {
                        if (!removable) {
                            throw new IllegalStateException();
                        }
                        removable = false;
                        removeAt(--next);
                    }
                };
            }
        };
    }
}
