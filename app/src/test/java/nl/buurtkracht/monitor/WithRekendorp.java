// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor;

import nl.buurtkracht.area.AreaCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the integration tests that work on Rekendorp: its CBS figures, outlines and loneliness figures
 * are loaded once per database, through the area module and the admin upload, before the first test.
 */
public abstract class WithRekendorp {

	@Autowired
	protected AreaCatalogue areas;

	@Autowired
	protected NeighbourhoodMonitor monitor;

	@Autowired
	protected JdbcClient jdbc;

	@BeforeEach
	void loadRekendorp() {
		data().loadRekendorp();
	}

	protected MonitorTestData data() {
		return new MonitorTestData(areas, monitor, jdbc);
	}

}
