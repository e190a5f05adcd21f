// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.budgeting;

/**
 * How far the execution of a winning project is.
 */
public enum ExecutionStatus {

	PLANNED, STARTED, DELAYED, DONE

}
