package org.resdom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.resdom.diagnostic.Diagnostic;
import org.resdom.testing.SeedFixture;
import org.resdom.validation.Validator;

/**
 * Readers, writers and validators are immutable and thread-safe: one instance of each, shared
 * by eight threads reading, writing and validating every input many times, gives exactly the
 * results of one thread.
 */
class ThreadSafetyTest {

    private static final String[] INPUTS = {
        "/fixtures/res71-en.txt",
        SeedFixture.RESOURCE,
        "/fixtures/res71-zh.txt",
        "/fixtures/akn/A_HRC_RES_55_2E.xml",
        "/golden/json/rich.json",
        "/golden/xml/rich.resdom.xml",
        "/corpus/dev/un-hrc-54/Arabic/A_HRC_RES_54_33A.xml",
        "/corpus/dev/itu-pp18/text/res-94-en.txt"
    };

    record Outcome(ReadResult read, List<String> written, List<Diagnostic> found) {}

    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void sharedInstancesGiveTheResultsOfOneThread() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (String name : INPUTS) {
            inputs.add(resource(name));
        }
        List<ResolutionWriter> writers = new ArrayList<>();
        for (String f : List.of("text", "json", "xml", "akn")) {
            writers.add(Formats.writer(f));
        }
        Validator validator = Validator.standard();
        List<ResolutionReader> readers = new ArrayList<>();
        for (String input : inputs) {
            readers.add(Formats.reader(Formats.detect(input).orElseThrow().name()));
        }
        List<Outcome> expected = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            expected.add(run(readers.get(i), writers, validator, inputs.get(i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int start = t;
                Callable<Boolean> job = () -> {
                    for (int k = 0; k < 3 * inputs.size(); k++) {
                        int i = (start + k) % inputs.size();
                        Outcome o = run(readers.get(i), writers, validator, inputs.get(i));
                        if (!o.equals(expected.get(i))) {
                            return false;
                        }
                    }
                    return true;
                };
                futures.add(pool.submit(job));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get(280, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome run(
            ResolutionReader reader, List<ResolutionWriter> writers, Validator validator, String input) {
        ReadResult r = reader.read(input);
        List<String> written = new ArrayList<>();
        for (ResolutionWriter w : writers) {
            written.add(w.write(r.resolution()));
        }
        return new Outcome(r, written, validator.validate(r.resolution()));
    }

    private static String resource(String name) {
        try (InputStream in = ThreadSafetyTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
