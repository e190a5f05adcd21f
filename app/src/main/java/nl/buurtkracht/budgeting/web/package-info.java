// SPDX-License-Identifier: EUPL-1.2
/**
 * Pages and JSON API of the buurtbudget: residents' pages, the officials' workspace and {@code /api/v1/budgets}.
 */
@NullMarked
package nl.buurtkracht.budgeting.web;

import org.jspecify.annotations.NullMarked;
