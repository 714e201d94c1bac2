package org.resdom.io.docx;

/**
 * The limits a {@link DocxResolutionReader} enforces on the package (a zip), checked while it
 * is inflated, whatever the zip headers claim.
 *
 * @param maxEntries entries in the zip
 * @param maxPartBytes inflated bytes of one part
 * @param maxTotalBytes inflated bytes of all parts together
 * @param maxRatio inflated to compressed bytes of one part, checked once it passes {@code ratioThreshold}
 * @param ratioThreshold the inflated size from which the ratio is checked
 */
public record DocxLimits(int maxEntries, long maxPartBytes, long maxTotalBytes, int maxRatio, long ratioThreshold) {

    /** Checks the limits are positive. */
    public DocxLimits {
        if (maxEntries < 1 || maxPartBytes < 1 || maxTotalBytes < 1 || maxRatio < 1 || ratioThreshold < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * 2,000 entries, 64 MiB a part, 256 MiB in all, 200 times from 1 MiB on.
     *
     * @return the default limits
     */
    public static DocxLimits defaults() {
        return new DocxLimits(2000, 64L << 20, 256L << 20, 200, 1L << 20);
    }

    /**
     * @param value the inflated bytes allowed for one part
     * @return a copy with that limit
     */
    public DocxLimits withMaxPartBytes(long value) {
        return new DocxLimits(maxEntries, value, maxTotalBytes, maxRatio, ratioThreshold);
    }

    /**
     * @param value the entries allowed
     * @return a copy with that limit
     */
    public DocxLimits withMaxEntries(int value) {
        return new DocxLimits(value, maxPartBytes, maxTotalBytes, maxRatio, ratioThreshold);
    }
}
