// dataflow_test.cpp: one accepted and one rejected image per structural rule (stack depth,
// joins, falling off the end, slot kinds, exception table, work budget), plus shapes the
// compiler emits (call conventions, try/except, with, for, yield from).
#include "test_images.h"

namespace bastion::test {
namespace {

using verify::Rule;

bc::CodeImage with_table(std::initializer_list<uint32_t> code, std::vector<bc::ExceptionEntry> table,
                         uint32_t stacksize = 8) {
    bc::CodeImage img = with_code(code, stacksize);
    img.exception_table = std::move(table);
    return img;
}

TEST(Dataflow, StackUnderflow) {
    EXPECT_TRUE(rejects(with_code({I(Op::POP_TOP), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)}), Rule::StackUnderflow));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::BUILD_TUPLE, 2), I(Op::RETURN_VALUE)}),
                        Rule::StackUnderflow));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::SWAP, 2), I(Op::RETURN_VALUE)}), Rule::StackUnderflow));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::COPY, 2), I(Op::RETURN_VALUE)}), Rule::StackUnderflow));
    // LIST_APPEND 2 addresses the item below the list: there is none.
    EXPECT_TRUE(rejects(with_code({I(Op::BUILD_LIST, 0), I(Op::LOAD_CONST, 1), I(Op::LIST_APPEND, 2),
                                   I(Op::RETURN_VALUE)}),
                        Rule::StackUnderflow));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_GLOBAL, 0), I(Op::CALL, 0), I(Op::RETURN_VALUE)}), Rule::StackUnderflow));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::BUILD_TUPLE, 2),
                                    I(Op::RETURN_VALUE)})));
}

TEST(Dataflow, StackOverflow) {
    auto loads = with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::BUILD_TUPLE, 2), I(Op::RETURN_VALUE)}, 1);
    EXPECT_TRUE(rejects(loads, Rule::StackOverflow));
    loads.stacksize = 2;
    EXPECT_TRUE(verifies(loads));
    // The CPython lesson: co_stacksize lowered by one is caught.
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::UNPACK_SEQUENCE, 3), I(Op::BUILD_LIST, 3),
                                   I(Op::RETURN_VALUE)},
                                  2),
                        Rule::StackOverflow));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)}, 0), Rule::StackOverflow));
}

TEST(Dataflow, StackDepthMismatch) {
    // if x: push one more on one path only, then join.
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::LOAD_GLOBAL, 0), I(Op::POP_JUMP_IF_FALSE, 4),
                                   I(Op::LOAD_CONST, 1), I(Op::RETURN_VALUE)}),
                        Rule::StackDepthMismatch));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_GLOBAL, 0), I(Op::POP_JUMP_IF_FALSE, 4), I(Op::LOAD_CONST, 1),
                                    I(Op::POP_TOP), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)})));
    // A loop that grows the stack on every iteration.
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::JUMP, 0)}), Rule::StackDepthMismatch));
}

TEST(Dataflow, FallsOffEnd) {
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::POP_TOP)}), Rule::FallsOffEnd));
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_GLOBAL, 0), I(Op::POP_JUMP_IF_TRUE, 0)}), Rule::FallsOffEnd));
    // Ends in a backward jump: an infinite loop is fine.
    EXPECT_TRUE(verifies(with_code({I(Op::NOP), I(Op::JUMP, 0)})));
    // Unreachable trailing code is not executed, so it may fall through.
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE), I(Op::NOP)})));
}

TEST(Dataflow, CallConventions) {
    // print(1): PUSH_NULL, LOAD_GLOBAL, arg, CALL 1.
    EXPECT_TRUE(verifies(with_code({I(Op::PUSH_NULL), I(Op::LOAD_GLOBAL, 1), I(Op::LOAD_CONST, 1), I(Op::CALL, 1),
                                    I(Op::RETURN_VALUE)})));
    // x.print(1): LOAD_METHOD gives (maybe-NULL, obj).
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_GLOBAL, 0), I(Op::LOAD_METHOD, 1), I(Op::LOAD_CONST, 1), I(Op::CALL, 1),
                                    I(Op::RETURN_VALUE)})));
    // CALL_KW: kwnames on top; CALL_FUNCTION_EX with kwargs.
    EXPECT_TRUE(verifies(with_code({I(Op::PUSH_NULL), I(Op::LOAD_GLOBAL, 1), I(Op::LOAD_CONST, 1), I(Op::LOAD_CONST, 0),
                                    I(Op::CALL_KW, 1), I(Op::RETURN_VALUE)})));
    EXPECT_TRUE(verifies(with_code({I(Op::PUSH_NULL), I(Op::LOAD_GLOBAL, 1), I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0),
                                    I(Op::CALL_FUNCTION_EX, 1), I(Op::RETURN_VALUE)})));
    // f()()(): NULLs stack up below the callee.
    EXPECT_TRUE(verifies(with_code({I(Op::PUSH_NULL), I(Op::PUSH_NULL), I(Op::PUSH_NULL), I(Op::LOAD_GLOBAL, 1),
                                    I(Op::CALL, 0), I(Op::CALL, 0), I(Op::CALL, 0), I(Op::RETURN_VALUE)})));
    // POP_TOP may discard a NULL; SWAP may move one.
    EXPECT_TRUE(verifies(with_code({I(Op::PUSH_NULL), I(Op::POP_TOP), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)})));
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_GLOBAL, 1), I(Op::PUSH_NULL), I(Op::SWAP, 2), I(Op::CALL, 0),
                                    I(Op::RETURN_VALUE)})));
}

TEST(Dataflow, BadSlotKind) {
    // Returning a NULL.
    EXPECT_TRUE(rejects(with_code({I(Op::PUSH_NULL), I(Op::RETURN_VALUE)}), Rule::BadSlotKind));
    // A NULL as an operand of BINARY_OP.
    EXPECT_TRUE(rejects(with_code({I(Op::PUSH_NULL), I(Op::LOAD_CONST, 1), I(Op::BINARY_OP, 0), I(Op::RETURN_VALUE)}),
                        Rule::BadSlotKind));
    // A maybe-NULL passed as a call argument rather than as the prefix.
    EXPECT_TRUE(rejects(with_code({I(Op::PUSH_NULL), I(Op::LOAD_GLOBAL, 1), I(Op::LOAD_GLOBAL, 0),
                                   I(Op::LOAD_METHOD, 1), I(Op::CALL, 2), I(Op::RETURN_VALUE)}),
                        Rule::BadSlotKind));
    // The NULL in the callable position (second slot) instead of the prefix.
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_GLOBAL, 1), I(Op::PUSH_NULL), I(Op::CALL, 0), I(Op::RETURN_VALUE)}),
                        Rule::BadSlotKind));
    // COPY cannot duplicate a NULL.
    EXPECT_TRUE(rejects(with_code({I(Op::PUSH_NULL), I(Op::COPY, 1), I(Op::POP_TOP), I(Op::POP_TOP),
                                   I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)}),
                        Rule::BadSlotKind));
    // POP_EXCEPT of an ordinary object (it would become the "handled exception").
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 1), I(Op::POP_EXCEPT), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)}),
                        Rule::BadSlotKind));
    // The saved exception is not an object for other instructions.
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_CONST, 0), I(Op::PUSH_EXC_INFO), I(Op::POP_TOP), I(Op::RETURN_VALUE)}),
                        Rule::BadSlotKind));
    // LIST_APPEND into a NULL.
    EXPECT_TRUE(rejects(with_code({I(Op::PUSH_NULL), I(Op::LOAD_CONST, 1), I(Op::LIST_APPEND, 1), I(Op::LOAD_CONST, 0),
                                   I(Op::RETURN_VALUE)}),
                        Rule::BadSlotKind));
    // Accepted: PUSH_EXC_INFO ... POP_EXCEPT, with COPY of the saved exception.
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_CONST, 0), I(Op::PUSH_EXC_INFO), I(Op::POP_TOP), I(Op::COPY, 1),
                                    I(Op::POP_EXCEPT), I(Op::POP_EXCEPT), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)})));
}

TEST(Dataflow, SlotKindMismatch) {
    // One path pushes a NULL, the other an object, then they join.
    EXPECT_TRUE(rejects(with_code({I(Op::LOAD_GLOBAL, 0), I(Op::POP_JUMP_IF_FALSE, 4), I(Op::PUSH_NULL), I(Op::JUMP, 5),
                                   I(Op::LOAD_CONST, 0), I(Op::POP_TOP), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)}),
                        Rule::SlotKindMismatch));
    // Both push NULL: agree.
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_GLOBAL, 0), I(Op::POP_JUMP_IF_FALSE, 4), I(Op::PUSH_NULL),
                                    I(Op::JUMP, 5), I(Op::PUSH_NULL), I(Op::POP_TOP), I(Op::LOAD_CONST, 0),
                                    I(Op::RETURN_VALUE)})));
}

// try: x  except: pass — the CPython 3.11 shape without lasti:
//  0 NOP                      covered by entry A (handler 4, depth 0)
//  1 LOAD_GLOBAL x            covered by A
//  2 POP_TOP                  covered by A
//  3 JUMP 11
//  4 PUSH_EXC_INFO            handler A: [exc] -> [prev, exc]
//  5 POP_TOP                  covered by entry B (handler 8, depth 1)
//  6 POP_EXCEPT
//  7 JUMP 11
//  8 SWAP 2                   handler B: [prev, exc] -> [exc, prev]
//  9 POP_EXCEPT
// 10 RERAISE
// 11 LOAD_CONST None; 12 RETURN_VALUE
bc::CodeImage try_except() {
    return with_table({I(Op::NOP), I(Op::LOAD_GLOBAL, 0), I(Op::POP_TOP), I(Op::JUMP, 11), I(Op::PUSH_EXC_INFO),
                       I(Op::POP_TOP), I(Op::POP_EXCEPT), I(Op::JUMP, 11), I(Op::SWAP, 2), I(Op::POP_EXCEPT),
                       I(Op::RERAISE), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)},
                      {{0, 3, 4, 0}, {5, 6, 8, 1}}, 2);
}

TEST(Dataflow, TryExceptShape) {
    EXPECT_TRUE(verifies(try_except()));
    bc::CodeImage img = try_except();
    img.stacksize = 1;
    EXPECT_TRUE(rejects(img, Rule::ExceptionDepth)); // entry B needs depth 1 + 1
}

TEST(Dataflow, ExceptionRange) {
    auto bad = [](bc::ExceptionEntry e) {
        bc::CodeImage img = try_except();
        img.exception_table = {e};
        return img;
    };
    EXPECT_TRUE(rejects(bad({3, 3, 4, 0}), Rule::ExceptionRange));  // empty
    EXPECT_TRUE(rejects(bad({2, 1, 4, 0}), Rule::ExceptionRange));  // reversed
    EXPECT_TRUE(rejects(bad({0, 14, 4, 0}), Rule::ExceptionRange)); // past the end
    EXPECT_TRUE(rejects(bad({0, 3, 13, 0}), Rule::ExceptionRange)); // handler past the end
    EXPECT_TRUE(verifies(bad({0, 3, 4, 0})));
}

TEST(Dataflow, ExceptionOrder) {
    bc::CodeImage img = try_except();
    std::swap(img.exception_table[0], img.exception_table[1]);
    EXPECT_TRUE(rejects(img, Rule::ExceptionOrder));
    // Partial overlap: [0, 3) and [2, 6).
    img = try_except();
    img.exception_table = {{0, 3, 4, 0}, {2, 6, 4, 0}};
    EXPECT_TRUE(rejects(img, Rule::ExceptionOrder));
    // Same start: the outer (longer) entry must come first.
    img.exception_table = {{0, 2, 4, 0}, {0, 3, 4, 0}};
    EXPECT_TRUE(rejects(img, Rule::ExceptionOrder));
    // Properly nested is accepted, and both handlers are reached.
    img.exception_table = {{0, 3, 4, 0}, {1, 2, 4, 0}, {5, 6, 8, 1}};
    EXPECT_TRUE(verifies(img));
}

TEST(Dataflow, ExceptionNesting) {
    bc::CodeImage img = try_except();
    img.exception_table.clear();
    for (uint32_t i = 0; i < verify::kMaxHandlerNesting; ++i)
        img.exception_table.push_back({0, 3, 4, 0});
    img.exception_table.push_back({5, 6, 8, 1});
    EXPECT_TRUE(verifies(img));
    img.exception_table.insert(img.exception_table.begin(), bc::ExceptionEntry{0, 3, 4, 0});
    EXPECT_TRUE(rejects(img, Rule::ExceptionNesting));
}

TEST(Dataflow, ExceptionDepth) {
    // An entry deeper than the stack at a covered instruction.
    bc::CodeImage img = try_except();
    img.exception_table[0].depth = 1;
    EXPECT_TRUE(rejects(img, Rule::ExceptionDepth));
    // An instruction that may raise after popping below the entry depth: the entry keeps one
    // item, and BINARY_OP consumes it.
    img = with_table({I(Op::LOAD_CONST, 1), I(Op::LOAD_CONST, 1), I(Op::BINARY_OP, 0), I(Op::RETURN_VALUE),
                      I(Op::POP_TOP), I(Op::RETURN_VALUE)},
                     {{2, 3, 4, 1}});
    EXPECT_TRUE(rejects(img, Rule::ExceptionDepth));
    img.exception_table = {{2, 3, 4, 0}};
    img.code[4] = I(Op::RERAISE);
    EXPECT_TRUE(verifies(img));
}

TEST(Dataflow, HandlerStateMustAgree) {
    // The handler is also reached by a jump with a different depth.
    bc::CodeImage img = try_except();
    img.code[3] = I(Op::JUMP, 4); // jump to handler A with depth 0, it expects 1
    EXPECT_TRUE(rejects(img, Rule::StackDepthMismatch));
    // The handler sees the NULL below its depth from one covered instruction, an object
    // from another.
    img = with_table({I(Op::PUSH_NULL), I(Op::POP_TOP), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE), I(Op::RERAISE)},
                     {{0, 3, 4, 0}});
    EXPECT_TRUE(verifies(img));
    //  0 LOAD_CONST; 1 PUSH_NULL; 2 SWAP 2 (covered 1..3, depth 1): at 1 and 2 slot 0 is an
    //  object, at 3 (after the SWAP) it is the NULL, so the handler would see both.
    img.code = {I(Op::LOAD_CONST, 0), I(Op::PUSH_NULL), I(Op::SWAP, 2), I(Op::POP_TOP), I(Op::POP_TOP),
                I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE), I(Op::RERAISE)};
    img.exception_table = {{1, 3, 7, 1}};
    EXPECT_TRUE(verifies(img));
    img.exception_table = {{1, 4, 7, 1}};
    EXPECT_TRUE(rejects(img, Rule::SlotKindMismatch));
}

TEST(Dataflow, WithShape) {
    //  0 LOAD_GLOBAL mgr; 1 BEFORE_WITH [exit, res]; 2 POP_TOP [exit]   (2..3 covered, depth 1)
    //  3 NOP
    //  4 PUSH_NULL; 5 SWAP 2; 6 LOAD_CONST; 7 LOAD_CONST; 8 LOAD_CONST; 9 CALL 3; 10 POP_TOP
    // 11 LOAD_CONST None; 12 RETURN_VALUE
    // 13 PUSH_EXC_INFO [exit, prev, exc]; 14 WITH_EXCEPT_START [exit, prev, exc, res]
    // 15 POP_JUMP_IF_TRUE 17; 16 RERAISE
    // 17 POP_TOP [exit, prev]; 18 POP_EXCEPT [exit]; 19 POP_TOP; 20 JUMP 11
    bc::CodeImage img = with_table(
        {I(Op::LOAD_GLOBAL, 0), I(Op::BEFORE_WITH), I(Op::POP_TOP), I(Op::NOP), I(Op::PUSH_NULL), I(Op::SWAP, 2),
         I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::LOAD_CONST, 0), I(Op::CALL, 3), I(Op::POP_TOP),
         I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE), I(Op::PUSH_EXC_INFO), I(Op::WITH_EXCEPT_START),
         I(Op::POP_JUMP_IF_TRUE, 17), I(Op::RERAISE), I(Op::POP_TOP), I(Op::POP_EXCEPT), I(Op::POP_TOP),
         I(Op::JUMP, 11)},
        {{2, 4, 13, 1}}, 6);
    EXPECT_TRUE(verifies(img));
}

TEST(Dataflow, ForLoopAndGenerator) {
    // for a in x: pass
    EXPECT_TRUE(verifies(with_code({I(Op::LOAD_GLOBAL, 0), I(Op::GET_ITER), I(Op::FOR_ITER, 5), I(Op::STORE_FAST, 0),
                                    I(Op::JUMP, 2), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)})));
    // yield from x:  GET_YIELD_FROM_ITER; LOAD_CONST None; SEND -> exit; YIELD_VALUE; JUMP SEND
    bc::CodeImage gen = with_code({I(Op::LOAD_GLOBAL, 0), I(Op::GET_YIELD_FROM_ITER), I(Op::LOAD_CONST, 0),
                                   I(Op::SEND, 6), I(Op::YIELD_VALUE), I(Op::JUMP, 3), I(Op::RETURN_VALUE)});
    gen.flags |= bc::kCoGenerator;
    EXPECT_TRUE(verifies(gen));
}

TEST(Dataflow, AsyncForShape) {
    //  0 LOAD_GLOBAL x; 1 GET_AITER [aiter]
    //  2 GET_ANEXT [aiter, aw]; 3 LOAD_CONST None; 4 SEND -> 7; 5 YIELD_VALUE; 6 JUMP 4   (2..6 covered, depth 1)
    //  7 STORE_FAST a [aiter]; 8 JUMP 2
    //  9 END_ASYNC_FOR (handler: [aiter, exc]); 10 LOAD_CONST None; 11 RETURN_VALUE
    bc::CodeImage co = with_table({I(Op::LOAD_GLOBAL, 0), I(Op::GET_AITER), I(Op::GET_ANEXT), I(Op::LOAD_CONST, 0),
                                   I(Op::SEND, 7), I(Op::YIELD_VALUE), I(Op::JUMP, 4), I(Op::STORE_FAST, 0),
                                   I(Op::JUMP, 2), I(Op::END_ASYNC_FOR), I(Op::LOAD_CONST, 0), I(Op::RETURN_VALUE)},
                                  {{2, 7, 9, 1}});
    co.flags |= bc::kCoCoroutine;
    EXPECT_TRUE(verifies(co));
    // GET_ANEXT reads the iterator in place: it needs one, and it must be an object.
    EXPECT_TRUE(rejects(with_code({I(Op::GET_ANEXT), I(Op::RETURN_VALUE)}), Rule::StackUnderflow));
    EXPECT_TRUE(rejects(with_code({I(Op::PUSH_NULL), I(Op::GET_ANEXT), I(Op::RETURN_VALUE)}), Rule::BadSlotKind));
}

TEST(Dataflow, TooComplex) {
    // Many live NULLs and a leader at every unit: each join compares all of them.
    auto build = [](uint32_t nulls, uint32_t jumps) {
        bc::CodeImage img = base_image();
        img.code.clear();
        for (uint32_t i = 0; i < nulls; ++i)
            img.code.push_back(I(Op::PUSH_NULL));
        for (uint32_t i = 0; i < jumps; ++i)
            img.code.push_back(I(Op::JUMP, static_cast<uint32_t>(img.code.size()) + 1));
        for (uint32_t i = 0; i < nulls; ++i)
            img.code.push_back(I(Op::POP_TOP));
        img.code.push_back(I(Op::LOAD_CONST, 0));
        img.code.push_back(I(Op::RETURN_VALUE));
        img.stacksize = nulls + 1;
        return img;
    };
    EXPECT_TRUE(rejects(build(2000, 20000), Rule::TooComplex));
    EXPECT_TRUE(verifies(build(20, 20000)));
}

} // namespace
} // namespace bastion::test
