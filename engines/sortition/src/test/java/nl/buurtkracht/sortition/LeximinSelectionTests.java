// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.sortition;

class LeximinSelectionTests extends SelectionAlgorithmContractTests {

    @Override
    protected SelectionAlgorithm algorithm() {
        return new LeximinSelection();
    }
}
