// SPDX-License-Identifier: EUPL-1.2
/**
 * How the index is set up (domain weights, which indicator counts in which domain with which weight, the
 * minimum coverage) and the audit trail of every change to it and to the indicator catalogue.
 */
@NullMarked
package nl.buurtkracht.monitor.settings;

import org.jspecify.annotations.NullMarked;
