# logging.FileHandler (mode, delay, encoding), basicConfig(filename=, filemode=) and csv over
# real files opened with newline=''
import logging
import csv
import time

path = '/tmp/bastion_logging_test_%d.log' % time.time_ns()

fh = logging.FileHandler(path, mode='w')
print(fh.mode, fh.encoding, fh.delay, fh.baseFilename == path, fh.stream is not None)
print(repr(fh).startswith('<FileHandler /tmp/bastion_logging_test_'), repr(fh).endswith(' (NOTSET)>'))
lg = logging.getLogger('file')
lg.propagate = False
lg.addHandler(fh)
fh.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
lg.warning('first é')
lg.error('second')
fh.close()
print(fh.stream)
with open(path) as f:
    print(repr(f.read()))

fh = logging.FileHandler(path, delay=True)
print(fh.stream)
lg.handlers = [fh]
lg.warning('appended')
print(fh.stream is not None)
fh.close()
with open(path) as f:
    print(repr(f.read()))

logging.basicConfig(filename=path, filemode='w', format='%(name)s|%(message)s',
                    level=logging.INFO)
logging.info('via basicConfig')
logging.getLogger('x.y').debug('below level')
logging.shutdown()
with open(path) as f:
    print(repr(f.read()))

cpath = path + '.csv'
with open(cpath, 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['name', 'note'])
    w.writerows([['a', 'multi\nline'], ['b', 'comma, "quoted"']])
with open(cpath, newline='') as f:
    data = f.read()
print(repr(data))
with open(cpath, newline='') as f:
    r = csv.reader(f)
    for row in r:
        print(r.line_num, row)
with open(cpath, newline='') as f:
    for row in csv.DictReader(f):
        print(row)
import os
logging.shutdown()
os.remove(path)
os.remove(cpath)
print(os.path.exists(path), os.path.exists(cpath))
