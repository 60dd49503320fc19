package org.egov.itpm.platform.reliability;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Sends the same request from many threads at once (released together by a latch) and collects the answers. */
final class Burst {

    private Burst() {
    }

    static List<ExtractableResponse<Response>> of(int threads, Supplier<ExtractableResponse<Response>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                Callable<ExtractableResponse<Response>> call = () -> {
                    start.await();
                    return request.get();
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** "OK" for a GraphQL answer without errors, otherwise its first {@code extensions.code}. */
    static String graphQLOutcome(ExtractableResponse<Response> r) {
        List<Object> errors = r.path("errors");
        if (errors == null || errors.isEmpty()) {
            return "OK";
        }
        String code = r.path("errors[0].extensions.code");
        return code == null ? "UNCODED" : code;
    }
}
