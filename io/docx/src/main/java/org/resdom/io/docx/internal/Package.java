package org.resdom.io.docx.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.resdom.io.docx.DocxLimits;

/**
 * The parts of a DOCX package that resdom reads, taken from a zip stream with every size
 * counted as it is inflated (the sizes a zip header claims are not trusted). Other parts are
 * skipped without being inflated into memory.
 */
public final class Package {

    /** Why a package was refused. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }

        /** @return the diagnostic code */
        public String code() {
            return code;
        }
    }

    private final Map<String, byte[]> parts;

    private Package(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /**
     * @param name a part name such as {@code word/document.xml}
     * @return its bytes, or null
     */
    public byte[] part(String name) {
        return parts.get(name);
    }

    /**
     * Reads the parts wanted from a zip stream.
     *
     * @param in the stream (not closed)
     * @param wanted the part names to keep (others are counted and skipped)
     * @param limits the limits
     * @return the package
     * @throws IOException if the stream fails
     * @throws Refused if the package breaks a limit or is not a zip
     */
    public static Package read(InputStream in, Set<String> wanted, DocxLimits limits) throws IOException, Refused {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        CountingInput counting = new CountingInput(in);
        long total = 0;
        int entries = 0;
        byte[] buf = new byte[16384];
        try (ZipInputStream zip = new ZipInputStream(counting)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries++;
                if (entries > limits.maxEntries()) {
                    throw new Refused("DOCX-LIMIT", "more than " + limits.maxEntries() + " entries in the package");
                }
                String name = e.getName();
                boolean keep = wanted.contains(name) && !parts.containsKey(name);
                ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
                long size = 0;
                long compressedAtStart = counting.count;
                int n;
                while ((n = zip.read(buf)) > 0) {
                    size += n;
                    total += n;
                    if (size > limits.maxPartBytes()) {
                        throw new Refused(
                                "DOCX-LIMIT", "part " + name + " is larger than " + limits.maxPartBytes() + " bytes");
                    }
                    if (total > limits.maxTotalBytes()) {
                        throw new Refused(
                                "DOCX-LIMIT", "the package inflates to more than " + limits.maxTotalBytes() + " bytes");
                    }
                    long compressed = Math.max(1, counting.count - compressedAtStart);
                    if (size > limits.ratioThreshold() && size / compressed > limits.maxRatio()) {
                        throw new Refused(
                                "DOCX-LIMIT",
                                "part " + name + " inflates more than " + limits.maxRatio() + " times (a zip bomb?)");
                    }
                    if (out != null) {
                        out.write(buf, 0, n);
                    }
                }
                if (out != null) {
                    parts.put(name, out.toByteArray());
                }
            }
        } catch (ZipException e) {
            throw new Refused("DOCX-NOT-ZIP", "not a readable zip package: " + e.getMessage());
        } catch (java.io.EOFException e) {
            // a part cut short inside the package (its compressed data ends early): a broken file, not a failing stream
            throw new Refused("DOCX-NOT-ZIP", "not a readable zip package: a part ends early (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new Refused("DOCX-NOT-ZIP", "not a readable zip package: " + e.getMessage());
        }
        if (entries == 0) {
            throw new Refused("DOCX-NOT-ZIP", "not a zip package (no entry)");
        }
        return new Package(parts);
    }

    /** Counts the compressed bytes read, for the inflation ratio. */
    private static final class CountingInput extends java.io.FilterInputStream {
        long count;

        CountingInput(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
