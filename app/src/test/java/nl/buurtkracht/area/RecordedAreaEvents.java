// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Test support: listens to the area module's events as another module would (after commit, through the
 * event publication registry), and fails an import of {@link #FAILING_YEAR} after all its writes, to prove
 * that a late failure rolls everything back.
 */
@Component
public class RecordedAreaEvents {

	public static final int FAILING_YEAR = 2039;

	private final List<AreaFiguresImported> figures = new CopyOnWriteArrayList<>();

	private final List<AreaBoundariesImported> boundaries = new CopyOnWriteArrayList<>();

	/** Read through methods: the listener annotations make this bean a proxy, whose fields stay empty. */
	public List<AreaFiguresImported> figures() {
		return List.copyOf(figures);
	}

	public List<AreaBoundariesImported> boundaries() {
		return List.copyOf(boundaries);
	}

	@ApplicationModuleListener
	void on(AreaFiguresImported event) {
		figures.add(event);
	}

	@ApplicationModuleListener
	void on(AreaBoundariesImported event) {
		boundaries.add(event);
	}

	/** Runs inside the import's transaction, after every write. */
	@EventListener
	void failLate(AreaFiguresImported event) {
		if (event.year() == FAILING_YEAR) {
			throw new IllegalStateException("Test: the import of " + FAILING_YEAR + " fails after all its writes");
		}
	}

}
