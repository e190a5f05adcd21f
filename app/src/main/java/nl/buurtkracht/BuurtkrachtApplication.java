// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Buurtkracht: residents, municipalities, institutions and advisory councils strengthening
 * neighbourhoods together. Each direct sub-package is an application module.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BuurtkrachtApplication {

	public static void main(String[] args) {
		SpringApplication.run(BuurtkrachtApplication.class, args);
	}

}
