# unittest.main() as a test module's last line: runs the module's tests, prints the report to
# stderr and exits with status 1 because one failed (the .err file holds the summary line).
import unittest


class M(unittest.TestCase):
    def test_pass(self):
        print("stdout from a test")

    def test_fail(self):
        self.assertNotEqual(2, 2)


if __name__ == "__main__":
    unittest.main()
