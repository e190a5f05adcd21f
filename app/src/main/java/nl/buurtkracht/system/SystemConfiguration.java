// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock everything reads the time from, so that tests can fix it.
 */
@Configuration(proxyBeanMethods = false)
class SystemConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

}
