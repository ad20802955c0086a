# An inventory system: dataclasses with validation, enum categories, JSON persistence to
# a file and back, sorting/grouping reports, and error handling for bad records.
import json
import time
from dataclasses import dataclass, asdict
from enum import Enum
from collections import defaultdict


class Category(Enum):
    TOOL = 'tool'
    FOOD = 'food'
    TOY = 'toy'


@dataclass
class Item:
    sku: str
    name: str
    category: Category
    qty: int
    price: float

    def __post_init__(self):
        if self.qty < 0:
            raise ValueError(f'{self.sku}: negative quantity')
        if not isinstance(self.category, Category):
            self.category = Category(self.category)

    @property
    def value(self):
        return round(self.qty * self.price, 2)


raw = [
    {'sku': 'T1', 'name': 'hammer', 'category': 'tool', 'qty': 3, 'price': 12.5},
    {'sku': 'F1', 'name': 'apple', 'category': 'food', 'qty': 40, 'price': 0.3},
    {'sku': 'Y1', 'name': 'yo-yo', 'category': 'toy', 'qty': 7, 'price': 2.25},
    {'sku': 'T2', 'name': 'saw', 'category': 'tool', 'qty': 1, 'price': 25.0},
    {'sku': 'B1', 'name': 'broken', 'category': 'food', 'qty': -1, 'price': 1.0},
    {'sku': 'B2', 'name': 'weird', 'category': 'gadget', 'qty': 1, 'price': 1.0},
]
items = []
for r in raw:
    try:
        items.append(Item(**r))
    except ValueError as e:
        print('rejected:', e)
path = '/tmp/bastion_inventory_%d.json' % time.time_ns()
with open(path, 'w') as f:
    json.dump([dict(asdict(i), category=i.category.value) for i in items], f, indent=1)
with open(path) as f:
    loaded = [Item(**r) for r in json.load(f)]
print(loaded == items, len(loaded))
by_cat = defaultdict(list)
for i in loaded:
    by_cat[i.category].append(i)
for cat in sorted(by_cat, key=lambda c: c.value):
    group = sorted(by_cat[cat], key=lambda i: -i.value)
    print(f'{cat.name:<5} {sum(i.value for i in group):>7.2f}', ', '.join(f'{i.name}={i.value}' for i in group))
print(max(loaded, key=lambda i: i.value).sku, sorted(i.sku for i in loaded if i.qty < 5))
with open(path) as f:
    print(f.readline().rstrip(), f.readline().rstrip())
import os
os.remove(path)
print(os.path.exists(path))
