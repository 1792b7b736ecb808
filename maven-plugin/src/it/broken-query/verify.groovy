// A query naming a missing column fails the build with file:line:col, and the checked-in output of
// the previous (good) query is left exactly as it was.
def log = new File(basedir, 'build.log').text
def sql = new File(basedir, 'src/main/sql/users.sql').canonicalPath
assert log.contains(sql + ':2:12: column "nme" does not exist') : 'the error names file:line:col'
assert log.contains('Quarry found 1 error')
def queries = new File(basedir, 'src/main/generated/com/example/db/UsersQueries.java').text
assert queries.contains('SELECT id, name FROM users WHERE id = ?') : 'the previous output is untouched'
assert new File(basedir, 'src/main/generated/com/example/db/FindUserRow.java').isFile()
assert !new File(basedir, 'target/classes').exists()
return true
