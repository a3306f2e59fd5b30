package org.securityguidance.agent.review;

import java.io.IOException;
import java.nio.file.Path;
import org.securityguidance.agent.testing.TestRepo;

/**
 * A small web app in a real git repository: a helper that loads an invoice by id alone (committed first), then a
 * commit adding a controller that passes the id from the URL to it — an IDOR visible only across the two files.
 */
final class InvoiceRepo {
  static final String CONTROLLER = "app/controllers/invoices.py";
  static final String HELPER = "app/helpers/records.py";
  static final String HELPER_SINK =
      "    return db.execute(\"SELECT * FROM invoices WHERE id = ?\", (invoice_id,)).fetchone()";
  static final String CONTROLLER_CALL = "    return jsonify(load_invoice(db, invoice_id))";

  private InvoiceRepo() {}

  static TestRepo create(Path dir) throws IOException {
    TestRepo repo = TestRepo.init(dir);
    repo.write(HELPER, """
        import sqlite3

        def load_invoice(db, invoice_id):
        %s

        def load_user(db, user_id):
            return db.execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
        """.formatted(HELPER_SINK));
    repo.write("README.md", "invoices service\n");
    repo.commitAll("helpers");
    repo.write(CONTROLLER, """
        from flask import jsonify
        from app.helpers.records import load_invoice
        from app.auth import login_required

        @app.route("/invoices/<invoice_id>")
        @login_required
        def show_invoice(invoice_id):
        %s
        """.formatted(CONTROLLER_CALL));
    repo.commitAll("invoice page");
    return repo;
  }
}
