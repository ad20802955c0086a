# csv.DictReader, csv.DictWriter and csv.Sniffer (sniff with and without delimiters, has_header)
import csv, io


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


data = ['name,age,city\r\n', 'Bob,30,Paris\r\n', '\r\n', 'Ann,25\r\n', 'Joe,40,Rome,extra,more\r\n']
dr = csv.DictReader(data)
print(dr.line_num)
print(dr.fieldnames, dr.line_num)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(data, restkey='REST', restval='?')
print(list(dr))
dr = csv.DictReader(['1;2', '3;4;5'], fieldnames=['a', 'b'], delimiter=';')
print(list(dr), dr.fieldnames)
print(csv.DictReader([]).fieldnames)
print(list(csv.DictReader([])))
dr = csv.DictReader(['x,y', '1,2'])
dr.fieldnames = ['p', 'q']
print(list(dr))
print(csv.DictReader(['a,b'], dialect='excel-tab').dialect, csv.DictReader(['a']).reader.dialect.delimiter)

s = io.StringIO()
dw = csv.DictWriter(s, ['name', 'age', 'note'], restval='-')
print(dw.writeheader())
print(dw.writerow({'name': 'Bob', 'age': 30}))
dw.writerows([{'name': 'A, B', 'note': 'say "hi"'}, {}])
t(lambda: dw.writerow({'name': 'x', 'bogus': 1}))
print(repr(s.getvalue()))
s = io.StringIO()
dw = csv.DictWriter(s, ('a', 'b'), extrasaction='ignore', quoting=csv.QUOTE_ALL, lineterminator='\n')
dw.writerow({'a': 1, 'c': 3})
print(repr(s.getvalue()))
t(lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='bad'))

def show(sample, delims=None):
    try:
        d = csv.Sniffer().sniff(sample, delims)
    except csv.Error as e:
        print('Error', e); return
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator), d.quoting, d._name, d.__name__)
samples = [
    'a,b,c\n1,2,3\n4,5,6\n',
    'name;age;city\nBob;30;"New York"\nAnn;25;Paris\n',
    '"a","b","c"\n"1","2","3"\n',
    'a\tb\tc\n1\t2\t3\n',
    "'x', 'y', 'z'\n'1', '2', '3'\n",
    'a, b, c\n1, 2, 3\n',
    'a:b:c\n1:2:3\n',
    'one two three\nfour five six\n',
    'abc\ndef\n',
    '"He said ""hi""",2\n"x",3\n',
    'a|b|c\n1|2|3\n',
    'x;y,z\n1;2,3\n4;5,6\n',
    'a,b;c\n1,2;3\n',
    'Date,Open,Close\n2020-01-01,1.5,2.5\n2020-01-02,1.6,2.4\n',
    '"only one column"\n"second"\n',
    '',
    'x\n',
]
for s in samples:
    show(s)
show('a;b,c\n1;2,3\n', ';')
show('a;b,c\n1;2,3\n', ',')
show('a;b,c\n1;2,3\n', '|')
headers = [
    'name,age\nBob,30\nAnn,25\n',
    'Bob,30\nAnn,25\n',
    'id,value\n1,2.5\n2,3.5\n',
    '1,2\n3,4\n',
    'abc,de\nxyz,fg\nuvw,hi\n',
    'title,year\n"Jaws",1975\n"Alien",1979\n',
    'a,b\nxx,1\nyyy,2\n',
]
for s in headers:
    t(lambda: csv.Sniffer().has_header(s))
print(csv.Sniffer().preferred)
