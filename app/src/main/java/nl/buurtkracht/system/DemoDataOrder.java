// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

/**
 * The order in which the demo loaders run on start-up ({@code @Order} on their ready listeners). Each one
 * builds on the data of the ones before it: the demo buurtbudget needs Demodorp's buurten and the demo
 * accounts.
 */
public final class DemoDataOrder {

	public static final int MUNICIPALITY = 100;

	public static final int ACCOUNTS = 200;

	public static final int BUDGET = 300;

	private DemoDataOrder() {
	}

}
