"""Buttons: pick one of several candidates, and page through long lists. Only the person who
asked can press them; they time out (10 minutes) and are then disabled."""
from __future__ import annotations

import logging
from collections.abc import Callable

import discord

from bot.render import NO_PINGS, answer_embed, clip, page_count
from data.answers import Answer, Choice

log = logging.getLogger(__name__)
VIEW_TIMEOUT = 600.0


class OwnedView(discord.ui.View):
    """A view only its owner may use; disabled in place when it times out."""

    def __init__(self, owner_id: int, timeout: float | None = None) -> None:
        super().__init__(timeout=VIEW_TIMEOUT if timeout is None else timeout)
        self.owner_id = owner_id
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message("Only the person who asked can use these buttons.",
                                                    ephemeral=True, allowed_mentions=NO_PINGS)
            return False
        return True

    async def on_timeout(self) -> None:
        for item in self.children:
            if isinstance(item, (discord.ui.Button, discord.ui.Select)):
                item.disabled = True
        if self.message is not None:
            try:
                await self.message.edit(view=self)
            except discord.HTTPException:
                log.debug("could not disable the buttons of an expired view")


class PagedView(OwnedView):
    """Previous / Next through an answer's entries."""

    def __init__(self, owner_id: int, answer: Answer) -> None:
        super().__init__(owner_id)
        self.answer, self.page = answer, 0
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= page_count(self.answer) - 1

    async def _show(self, interaction: discord.Interaction) -> None:
        self._sync()
        await interaction.response.edit_message(embed=answer_embed(self.answer, self.page), view=self,
                                                allowed_mentions=NO_PINGS)

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.page -= 1
        await self._show(interaction)

    @discord.ui.button(label="Next", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.page += 1
        await self._show(interaction)


class ChoiceButton(discord.ui.Button["ChoiceView"]):
    def __init__(self, index: int, choice: Choice) -> None:
        super().__init__(label=clip(choice.label, 80), style=discord.ButtonStyle.primary,
                         custom_id=f"pitwall-choice-{index}", row=index // 5)
        self.choice = choice

    async def callback(self, interaction: discord.Interaction) -> None:
        assert self.view is not None
        await self.view.picked(interaction, self.choice)


class ChoiceView(OwnedView):
    """One button per candidate (at most 25); pressing one answers for exactly that candidate."""

    def __init__(self, owner_id: int, choices: list[Choice], redo: Callable[[Choice], Answer]) -> None:
        super().__init__(owner_id)
        self.redo = redo
        for i, choice in enumerate(choices[:25]):
            self.add_item(ChoiceButton(i, choice))

    async def picked(self, interaction: discord.Interaction, choice: Choice) -> None:
        answer = await interaction.client.run_data(self.redo, choice)  # type: ignore[attr-defined]
        view = PagedView(self.owner_id, answer) if page_count(answer) > 1 else None
        self.stop()
        await interaction.response.edit_message(embed=answer_embed(answer), view=view, allowed_mentions=NO_PINGS)
        if view is not None:
            view.message = interaction.message
