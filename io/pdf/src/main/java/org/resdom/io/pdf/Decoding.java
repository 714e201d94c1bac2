package org.resdom.io.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Decodes a PDF stream within a budget of bytes and time, so that a stream that inflates to
 * gigabytes (a "zip bomb" of spaces) costs no more than the budget: the decoded bytes are written
 * into a buffer that stops at the budget's size and at its deadline, whatever the filters are.
 */
final class Decoding {

    private Decoding() {}

    /**
     * The decoded bytes of a stream, at most {@code max} of them.
     *
     * @param bytes the bytes decoded, at most {@code max}
     * @param cut whether the stream holds more than {@code max} bytes (or its decoding ran out of time)
     * @param late whether the deadline passed while decoding
     */
    record Decoded(byte[] bytes, boolean cut, boolean late) {}

    /** A buffer that takes at most {@code max} bytes and stops at a deadline. */
    private static final class Bounded extends ByteArrayOutputStream {
        private final long max;
        private final long deadline;
        boolean full;
        boolean late;

        Bounded(long max, long deadline) {
            super((int) Math.min(max, 1 << 13));
            this.max = max;
            this.deadline = deadline;
        }

        @Override
        public synchronized void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (full) {
                throw new Full();
            }
            if (System.nanoTime() > deadline) {
                late = true;
                full = true;
                throw new Full();
            }
            int room = (int) Math.min(len, max - count);
            super.write(b, off, room);
            if (room < len) {
                full = true;
                throw new Full();
            }
        }
    }

    /** Thrown by the buffer when it is full or late; caught by {@link #decode}. */
    private static final class Full extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Full() {
            super("budget spent", null, false, false);
        }
    }

    /**
     * @param stream a stream of the PDF
     * @param max the most bytes to keep
     * @param deadline the {@link System#nanoTime()} at which decoding stops
     * @return the bytes decoded (a damaged stream gives what could be decoded)
     * @throws IOException when the stream's raw bytes cannot be read at all
     */
    static Decoded decode(COSStream stream, long max, long deadline) throws IOException {
        byte[] data;
        Bounded raw = new Bounded(max, deadline);
        try (InputStream in = stream.createRawInputStream()) {
            in.transferTo(raw);
        } catch (Full e) {
            // the raw bytes alone are over the budget: what fits is kept
        }
        data = raw.toByteArray();
        boolean cut = raw.full;
        boolean late = raw.late;
        List<COSName> filters = filters(stream.getFilters());
        for (int i = 0; i < filters.size() && !late; i++) {
            Filter f;
            try {
                f = FilterFactory.INSTANCE.getFilter(filters.get(i));
            } catch (IOException unknown) {
                break; // an unknown filter: the bytes as they are, as PDFBox would fail on them
            }
            Bounded out = new Bounded(max, deadline);
            try {
                f.decode(new ByteArrayInputStream(data), out, stream, i);
            } catch (Full e) {
                // over the budget: the bytes decoded up to it are kept
            } catch (IOException | RuntimeException damaged) {
                // a damaged stream: what was decoded before the damage is kept, as PDFBox does
            }
            data = out.toByteArray();
            cut |= out.full;
            late |= out.late;
        }
        return new Decoded(data, cut, late);
    }

    private static List<COSName> filters(COSBase f) {
        List<COSName> out = new ArrayList<>();
        if (f instanceof COSName n) {
            out.add(n);
        } else if (f instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSName n) {
                    out.add(n);
                }
            }
        }
        return out;
    }
}
