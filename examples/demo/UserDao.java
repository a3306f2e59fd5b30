// Deliberately unsafe demo code for `security-guidance scan examples/demo`.
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

class UserDao {
  ResultSet find(Connection conn, String name) throws SQLException {
    return conn.createStatement().executeQuery("SELECT * FROM users WHERE name = '" + name + "'");
  }
}
