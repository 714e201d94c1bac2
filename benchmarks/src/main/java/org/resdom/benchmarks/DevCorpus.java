package org.resdom.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The benchmark corpus: the project's development corpus ({@code io/tests/src/test/resources/corpus/dev}:
 * UN Human Rights Council 54 resolutions in Akoma Ntoso in six languages, ITU PP-18 resolutions
 * in Akoma Ntoso and text), read from the source tree, and inputs of a chosen size generated from
 * it by taking its files in turn, again and again, until the size is reached.
 */
public final class DevCorpus {

    /** The corpus folder, relative to the project root. */
    public static final String FOLDER = "io/tests/src/test/resources/corpus/dev";

    private DevCorpus() {}

    /**
     * @return the corpus folder: the system property {@code resdom.corpus}, else
     *         {@value #FOLDER} under the working folder or one of its parents
     */
    public static Path folder() {
        String configured = System.getProperty("resdom.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(FOLDER))) {
                return p.resolve(FOLDER);
            }
        }
        throw new IllegalStateException("corpus not found: run from the project root or set -Dresdom.corpus");
    }

    /** @return the bytes of every Akoma Ntoso file, in a stable order, the folders taking turns */
    public static List<byte[]> akn() {
        return files(".xml");
    }

    /** @return the bytes of every text file, in a stable order, the folders taking turns */
    public static List<byte[]> text() {
        return files(".txt");
    }

    private static List<byte[]> files(String suffix) {
        try (Stream<Path> walk = Files.walk(folder())) {
            // one folder after another in turn (the six languages, the ITU texts), so that any
            // leading part of the list mixes them
            java.util.Map<Path, List<Path>> byFolder = new java.util.TreeMap<>();
            for (Path p :
                    walk.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                byFolder.computeIfAbsent(p.getParent(), k -> new ArrayList<>()).add(p);
            }
            List<byte[]> out = new ArrayList<>();
            for (int i = 0;
                    out.size() < byFolder.values().stream().mapToInt(List::size).sum();
                    i++) {
                for (List<Path> folder : byFolder.values()) {
                    if (i < folder.size()) {
                        out.add(Files.readAllBytes(folder.get(i)));
                    }
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An input of at least {@code bytes} bytes (or the first file alone, if larger): the files
     * taken in turn, starting again from the first after the last.
     *
     * @param files the files
     * @param bytes the size wanted
     * @return the files making it up, in order
     */
    public static List<byte[]> ofSize(List<byte[]> files, long bytes) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files");
        }
        List<byte[]> out = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < bytes; i = (i + 1) % files.size()) {
            out.add(files.get(i));
            total += files.get(i).length;
        }
        return out;
    }

    /**
     * @param files some files
     * @return their total size in bytes
     */
    public static long size(List<byte[]> files) {
        long total = 0;
        for (byte[] f : files) {
            total += f.length;
        }
        return total;
    }
}
