// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import nl.buurtkracht.area.AreaFiguresImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hears that the area module stored CBS figures and queues the job that brings the monitor up to date.
 * Runs after the import committed, in its own transaction; the event publication registry retries it if
 * the application stops first.
 */
@Component
class AreaFiguresListener {

	private final NeighbourhoodMonitor monitor;

	AreaFiguresListener(NeighbourhoodMonitor monitor) {
		this.monitor = monitor;
	}

	@ApplicationModuleListener
	void on(AreaFiguresImported event) {
		monitor.refresh(event.year(), event.municipalities());
	}

}
