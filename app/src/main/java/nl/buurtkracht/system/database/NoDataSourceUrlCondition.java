// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external database is configured; {@code @ConditionalOnProperty} cannot say
 * "unset". Relaxed binding makes {@code SPRING_DATASOURCE_URL} count as well.
 */
class NoDataSourceUrlCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
	}

}
