// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Without {@code spring.datasource.url} the application runs on an embedded PostgreSQL 17 whose data
 * stays in {@code buurtkracht.embedded-database.directory}; with it, this configuration backs off and
 * Spring Boot connects to the external server.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@Conditional(NoDataSourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	@Bean(destroyMethod = "release")
	EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
		return EmbeddedPostgresServer.acquire(properties);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource pool = new HikariDataSource();
		pool.setDataSource(server.dataSource());
		pool.setPoolName("embedded-postgres");
		pool.setMaximumPoolSize(30);
		return pool;
	}

}
