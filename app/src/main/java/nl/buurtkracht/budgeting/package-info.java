// SPDX-License-Identifier: EUPL-1.2
/**
 * Buurtbudget (participatory budgeting): rounds with phases, ideas and their feasibility check,
 * residence verification by letter code or in person, secret and concurrency-safe ballots online and on
 * paper, and results computed, explained and published as open data with the PB engine.
 */
@ApplicationModule(displayName = "Buurtbudget")
@NullMarked
package nl.buurtkracht.budgeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
