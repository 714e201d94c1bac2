package org.resdom.io;

/**
 * Which positions a reader gives the nodes it reads, for formats that can carry the source spans
 * of an earlier reading (JSON and resdom XML).
 */
public enum Positions {
    /**
     * The spans the document carries: where each part came from in the source it was first read
     * from (for example the text file a JSON file was converted from). Parts without a stored span
     * get none. The default: a conversion keeps the original positions.
     */
    STORED,
    /**
     * Where each part stands in the document being read (line and column of its object or
     * element), so that diagnostics point into that file. What the command line uses to
     * validate, list citations and count.
     */
    DOCUMENT
}
