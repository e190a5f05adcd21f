// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/**
 * All accounts.
 */
interface Accounts extends ListCrudRepository<Account, UUID> {

	@Query("SELECT * FROM account_user WHERE lower(email) = lower(:email)")
	Optional<Account> findByEmail(String email);

	@Query("""
			SELECT * FROM account_user
			WHERE :search = '' OR lower(email) LIKE '%' || lower(:search) || '%'
			   OR lower(display_name) LIKE '%' || lower(:search) || '%'
			ORDER BY lower(display_name), id
			LIMIT :limit OFFSET :offset""")
	List<Account> search(String search, int limit, long offset);

	@Query("""
			SELECT count(*) FROM account_user
			WHERE :search = '' OR lower(email) LIKE '%' || lower(:search) || '%'
			   OR lower(display_name) LIKE '%' || lower(:search) || '%'""")
	long countSearch(String search);

}
