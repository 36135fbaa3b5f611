package org.fineprint.server.review;

import java.time.Clock;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Creates curator accounts and changes their passwords, checking both against the rules first. */
@Component
public class CuratorAccounts {
    private final CuratorRepository curators;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    public CuratorAccounts(CuratorRepository curators, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
        this.curators = curators;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates an account; only the password's BCrypt hash is stored.
     *
     * @param name the user name (stored lower-case)
     * @param actor who creates it, for the audit log
     * @return the new account
     * @throws CuratorAccountException when the name is invalid or taken, or the password weak
     */
    @Transactional
    public Curator create(String name, String password, String actor) {
        String username = Usernames.normalize(name);
        PasswordPolicy.check(username, password);
        Curator curator;
        try {
            curator = curators.insert(username, passwords.encode(password), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new CuratorAccountException(CuratorAccountException.Reason.NAME_TAKEN, username,
                    "Curator account: " + username + " exists already; choose another name, or change its "
                            + "password with 'fineprint admin set-password " + username + "'");
        }
        audit.record(actor, "user.create", "user", username, null, Map.of("username", username));
        return curator;
    }

    /**
     * Replaces an account's password.
     *
     * @throws CuratorAccountException when there is no such account or the password is weak
     */
    @Transactional
    public void setPassword(String name, String password, String actor) {
        String username = Usernames.normalize(name);
        PasswordPolicy.check(username, password);
        if (!curators.updatePasswordHash(username, passwords.encode(password))) {
            throw new CuratorAccountException(CuratorAccountException.Reason.NO_SUCH_USER, username,
                    "Curator account: there is no account named " + username
                            + "; create it with 'fineprint admin add-user " + username + "'");
        }
        audit.record(actor, "user.password", "user", username, null, Map.of("username", username));
    }
}
