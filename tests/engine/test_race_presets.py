"""What each race preset's lesson says holds for its first seed (the seed the tab opens with)."""

from engine.race import Race, run_race
from engine.race_presets import RACE_PRESETS, get_race_preset


def test_with_one_hidden_layer_all_three_learn_and_sigmoid_is_the_slowest():
    result = run_race(get_race_preset("saturating_depth_1").race(), epochs=150)
    sigmoid, tanh, relu = result.reached
    assert None not in (sigmoid, tanh, relu)
    assert sigmoid > max(tanh, relu)


def test_three_and_six_sigmoid_layers_fall_behind_while_tanh_and_relu_learn():
    for depth in (3, 6):
        result = run_race(get_race_preset(f"saturating_depth_{depth}").race(), epochs=60)
        sigmoid, tanh, relu = result.reached
        assert sigmoid is None and tanh is not None and relu is not None, depth


def test_at_the_fast_rate_relu_units_die_and_the_others_cannot():
    race = Race(get_race_preset("relu_family").race())
    race.step(60)
    result = race.result()
    dead = [result.dead_share(k) for k in range(4)]
    assert dead[0] > 0 and dead[1:] == [0.0, 0.0, 0.0]


def test_every_preset_is_a_valid_race_of_distinct_activations():
    for preset in RACE_PRESETS.values():
        assert len(set(preset.activations)) == len(preset.activations) >= 2
        Race(preset.race())  # checks the activations, the network and the learning rate
