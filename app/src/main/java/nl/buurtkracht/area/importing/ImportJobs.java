// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.area.importing;

import nl.buurtkracht.system.JobHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One background job kind per import kind: {@code area.cbs-kwb} and {@code area.geojson}.
 */
@Configuration(proxyBeanMethods = false)
class ImportJobs {

	@Bean
	JobHandler cbsImportJob(CbsImporter importer) {
		return new ImportJob(importer);
	}

	@Bean
	JobHandler boundaryImportJob(BoundaryImporter importer) {
		return new ImportJob(importer);
	}

}
