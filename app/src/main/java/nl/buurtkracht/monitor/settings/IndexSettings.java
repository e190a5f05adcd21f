// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.settings;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import nl.buurtkracht.monitor.index.Domain;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and changes the index set-up, and keeps the audit trail of the set-up and the indicator catalogue.
 * Every change to the set-up raises its version and records what changed, before and after.
 */
@Component
public class IndexSettings {

	private static final TypeReference<List<AuditChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	IndexSettings(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	public IndexSetup current() {
		Map<Domain, BigDecimal> weights = new EnumMap<>(Domain.class);
		jdbc.sql("SELECT domain, weight FROM monitor_index_domain")
			.query(rs -> {
				weights.put(Domain.valueOf(rs.getString("domain")), rs.getBigDecimal("weight"));
			});
		List<Membership> members = jdbc.sql("SELECT * FROM monitor_index_member ORDER BY domain, indicator")
			.query((rs, row) -> new Membership(rs.getString("indicator"), Domain.valueOf(rs.getString("domain")),
					rs.getBigDecimal("weight")))
			.list();
		return jdbc.sql("SELECT minimum_coverage, version FROM monitor_index_setting WHERE id = 1")
			.query((rs, row) -> new IndexSetup(rs.getInt("version"), rs.getBigDecimal("minimum_coverage"), weights,
					members))
			.single();
	}

	/**
	 * Replaces the set-up with the given one (its version is ignored) and records the differences.
	 * @return the changes; empty when nothing changed, and then the version stays the same
	 */
	public List<AuditChange> replace(IndexSetup wanted, @Nullable UUID actor) {
		jdbc.sql("SELECT id FROM monitor_index_setting WHERE id = 1 FOR UPDATE").query(Integer.class).single();
		IndexSetup before = current();
		List<AuditChange> changes = differences(before, wanted);
		if (changes.isEmpty()) {
			return changes;
		}
		wanted.domainWeights().forEach((domain, weight) -> jdbc.sql(
				"UPDATE monitor_index_domain SET weight = :weight WHERE domain = :domain")
			.param("weight", weight)
			.param("domain", domain.name())
			.update());
		jdbc.sql("DELETE FROM monitor_index_member").update();
		for (Membership membership : wanted.memberships()) {
			insert(membership);
		}
		jdbc.sql("""
				UPDATE monitor_index_setting SET minimum_coverage = :coverage, version = version + 1, changed_at = :now
				WHERE id = 1""")
			.param("coverage", wanted.minimumCoverage())
			.param("now", Timestamp.from(clock.instant()))
			.update();
		record(actor, "INDEX_CHANGED", changes);
		return changes;
	}

	/** Puts one indicator in a domain, or takes it out of the index ({@code null}), and records it. */
	public void place(String indicator, @Nullable Membership wanted, @Nullable UUID actor) {
		IndexSetup setup = current();
		List<Membership> memberships = new ArrayList<>(setup.memberships());
		memberships.removeIf(membership -> membership.indicator().equals(indicator));
		if (wanted != null) {
			memberships.add(wanted);
		}
		replace(new IndexSetup(setup.version(), setup.minimumCoverage(), setup.domainWeights(), memberships), actor);
	}

	public void record(@Nullable UUID actor, String action, List<AuditChange> changes) {
		jdbc.sql("INSERT INTO monitor_audit (at, actor_id, action, changes) VALUES (:at, :actor, :action, CAST(:changes AS jsonb))")
			.param("at", Timestamp.from(clock.instant()))
			.param("actor", actor)
			.param("action", action)
			.param("changes", json.writeValueAsString(changes))
			.update();
	}

	public List<AuditEntry> audit(int limit) {
		return jdbc.sql("SELECT * FROM monitor_audit ORDER BY at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, row) -> new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("action"), json.readValue(rs.getString("changes"), CHANGES)))
			.list();
	}

	private void insert(Membership membership) {
		jdbc.sql("INSERT INTO monitor_index_member (indicator, domain, weight) VALUES (:indicator, :domain, :weight)")
			.param("indicator", membership.indicator())
			.param("domain", membership.domain().name())
			.param("weight", membership.weight())
			.update();
	}

	static List<AuditChange> differences(IndexSetup before, IndexSetup after) {
		List<AuditChange> changes = new ArrayList<>();
		if (before.minimumCoverage().compareTo(after.minimumCoverage()) != 0) {
			changes.add(new AuditChange("index", "minimumCoverage", plain(before.minimumCoverage()),
					plain(after.minimumCoverage())));
		}
		for (Domain domain : Domain.values()) {
			BigDecimal old = before.domainWeights().get(domain);
			BigDecimal now = after.domainWeights().get(domain);
			if (old.compareTo(now) != 0) {
				changes.add(new AuditChange(domain.name(), "weight", plain(old), plain(now)));
			}
		}
		TreeSet<String> indicators = new TreeSet<>();
		before.memberships().forEach(membership -> indicators.add(membership.indicator()));
		after.memberships().forEach(membership -> indicators.add(membership.indicator()));
		for (String indicator : indicators) {
			Membership old = before.membership(indicator).orElse(null);
			Membership now = after.membership(indicator).orElse(null);
			String oldDomain = old == null ? null : old.domain().name();
			String newDomain = now == null ? null : now.domain().name();
			if (!Objects.equals(oldDomain, newDomain)) {
				changes.add(new AuditChange(indicator, "domain", oldDomain, newDomain));
			}
			String oldWeight = old == null ? null : plain(old.weight());
			String newWeight = now == null ? null : plain(now.weight());
			if (!Objects.equals(oldWeight, newWeight)) {
				changes.add(new AuditChange(indicator, "weight", oldWeight, newWeight));
			}
		}
		return changes;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
