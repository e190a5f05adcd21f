// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.stereotype.Component;

/**
 * A job kind for tests only: counts its runs per job, reports progress, and fails on request.
 */
@Component
class EchoJobHandler implements JobHandler {

	static final String KIND = "system.test-echo";

	final Map<JobId, AtomicInteger> runs = new ConcurrentHashMap<>();

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Map<String, Object> run(JobContext context) {
		runs.computeIfAbsent(context.job().id(), id -> new AtomicInteger()).incrementAndGet();
		context.progress(1, 2, "halfway");
		if (context.job().parameters().containsKey("fail")) {
			throw new InputRejectedException(List.of(new InputError(7, "code", "Regel 7: de code ontbreekt.")));
		}
		int size = context.payload().map(payload -> payload.content().length).orElse(0);
		return Map.of("bytes", size);
	}

}
