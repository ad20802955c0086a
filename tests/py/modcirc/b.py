# Fixture: sees a's names defined before a imported b.
print('b start')
import modcirc.a as a
B = 'b'
print('b sees', a.A_EARLY, hasattr(a, 'A_LATE'))
