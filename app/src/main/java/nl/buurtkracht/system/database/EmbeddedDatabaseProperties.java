// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL used when {@code spring.datasource.url} is unset.
 *
 * @param directory where the cluster's data lives; kept across restarts unless {@code clean}
 * @param clean start from an empty cluster (tests)
 */
@ConfigurationProperties("buurtkracht.embedded-database")
public record EmbeddedDatabaseProperties(@DefaultValue("data/postgres") Path directory,
		@DefaultValue("false") boolean clean) {
}
